import * as migration_20261128_212710_initial from './20261128_212710_initial';
import * as migration_20261128_231708_quality_registers from './20261128_231708_quality_registers';

export const migrations = [
  {
    up: migration_20261128_212710_initial.up,
    down: migration_20261128_212710_initial.down,
    name: '20261128_212710_initial',
  },
  {
    up: migration_20261128_231708_quality_registers.up,
    down: migration_20261128_231708_quality_registers.down,
    name: '20261128_231708_quality_registers'
  },
];
