import * as migration_20261128_200849_initial from './20261128_200849_initial';

export const migrations = [
  {
    up: migration_20261128_200849_initial.up,
    down: migration_20261128_200849_initial.down,
    name: '20261128_200849_initial'
  },
];
