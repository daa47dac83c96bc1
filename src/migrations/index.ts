import * as migration_20261128_212710_initial from './20261128_212710_initial';
import * as migration_20261128_231708_quality_registers from './20261128_231708_quality_registers';
import * as migration_20261205_202559_organisation_settings from './20261205_202559_organisation_settings';
import * as migration_20261205_204241_personal_data_requests from './20261205_204241_personal_data_requests';
import * as migration_20261205_204655_campaign_opt_out from './20261205_204655_campaign_opt_out';
import * as migration_20261205_211216_rules_document from './20261205_211216_rules_document';
import * as migration_20261205_212526_correlation_id from './20261205_212526_correlation_id';
import * as migration_20261205_212957_financer_appreciations from './20261205_212957_financer_appreciations';
import * as migration_20261206_000756_federations from './20261206_000756_federations';
import * as migration_20261206_040632_national_rollout from './20261206_040632_national_rollout';
import * as migration_20261206_042240_second_step from './20261206_042240_second_step';
import * as migration_20261206_070610_federation_lead_times from './20261206_070610_federation_lead_times';
import * as migration_20261206_072840_federation_registers from './20261206_072840_federation_registers';

export const migrations = [
  {
    up: migration_20261128_212710_initial.up,
    down: migration_20261128_212710_initial.down,
    name: '20261128_212710_initial',
  },
  {
    up: migration_20261128_231708_quality_registers.up,
    down: migration_20261128_231708_quality_registers.down,
    name: '20261128_231708_quality_registers',
  },
  {
    up: migration_20261205_202559_organisation_settings.up,
    down: migration_20261205_202559_organisation_settings.down,
    name: '20261205_202559_organisation_settings',
  },
  {
    up: migration_20261205_204241_personal_data_requests.up,
    down: migration_20261205_204241_personal_data_requests.down,
    name: '20261205_204241_personal_data_requests',
  },
  {
    up: migration_20261205_204655_campaign_opt_out.up,
    down: migration_20261205_204655_campaign_opt_out.down,
    name: '20261205_204655_campaign_opt_out',
  },
  {
    up: migration_20261205_211216_rules_document.up,
    down: migration_20261205_211216_rules_document.down,
    name: '20261205_211216_rules_document',
  },
  {
    up: migration_20261205_212526_correlation_id.up,
    down: migration_20261205_212526_correlation_id.down,
    name: '20261205_212526_correlation_id',
  },
  {
    up: migration_20261205_212957_financer_appreciations.up,
    down: migration_20261205_212957_financer_appreciations.down,
    name: '20261205_212957_financer_appreciations',
  },
  {
    up: migration_20261206_000756_federations.up,
    down: migration_20261206_000756_federations.down,
    name: '20261206_000756_federations',
  },
  {
    up: migration_20261206_040632_national_rollout.up,
    down: migration_20261206_040632_national_rollout.down,
    name: '20261206_040632_national_rollout',
  },
  {
    up: migration_20261206_042240_second_step.up,
    down: migration_20261206_042240_second_step.down,
    name: '20261206_042240_second_step',
  },
  {
    up: migration_20261206_070610_federation_lead_times.up,
    down: migration_20261206_070610_federation_lead_times.down,
    name: '20261206_070610_federation_lead_times',
  },
  {
    up: migration_20261206_072840_federation_registers.up,
    down: migration_20261206_072840_federation_registers.down,
    name: '20261206_072840_federation_registers'
  },
];
