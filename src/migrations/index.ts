import * as migration_20261128_212710_initial from './20261128_212710_initial';

export const migrations = [
  {
    up: migration_20261128_212710_initial.up,
    down: migration_20261128_212710_initial.down,
    name: '20261128_212710_initial'
  },
];
