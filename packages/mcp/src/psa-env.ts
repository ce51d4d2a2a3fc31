import type { PsaAdapter } from '@closeout/core';

/** The environment, as the bin reads it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** How one PSA is configured from the environment: the variables it needs, those it may take, and its adapter. */
interface PsaFromEnv {
  /** Option name → variable; all required. */
  required: Readonly<Record<string, string>>;
  /** Option name → variable; optional. */
  optional: Readonly<Record<string, string>>;
  create(options: Record<string, string>): Promise<PsaAdapter>;
}

// One entry per PSA: a new PSA joins the bin here. Adapters load only when chosen.
export const PSAS_FROM_ENV = {
  connectwise: {
    required: {
      site: 'CONNECTWISE_SITE',
      companyId: 'CONNECTWISE_COMPANY_ID',
      publicKey: 'CONNECTWISE_PUBLIC_KEY',
      privateKey: 'CONNECTWISE_PRIVATE_KEY',
      clientId: 'CONNECTWISE_CLIENT_ID',
    },
    optional: { codebase: 'CONNECTWISE_CODEBASE' },
    async create(o) {
      const { connectwise } = await import('@closeout/psa-connectwise');
      return connectwise(o as unknown as Parameters<typeof connectwise>[0]);
    },
  },
  autotask: {
    required: {
      username: 'AUTOTASK_USERNAME',
      secret: 'AUTOTASK_SECRET',
      integrationCode: 'AUTOTASK_INTEGRATION_CODE',
    },
    optional: { zoneUrl: 'AUTOTASK_ZONE_URL', impersonationResourceId: 'AUTOTASK_IMPERSONATION_RESOURCE_ID' },
    async create(o) {
      const { autotask } = await import('@closeout/psa-autotask');
      return autotask(o as unknown as Parameters<typeof autotask>[0]);
    },
  },
  halo: {
    required: { url: 'HALO_URL', clientId: 'HALO_CLIENT_ID', clientSecret: 'HALO_CLIENT_SECRET' },
    optional: { tenant: 'HALO_TENANT' },
    async create(o) {
      const { halo } = await import('@closeout/psa-halo');
      return halo(o as unknown as Parameters<typeof halo>[0]);
    },
  },
} satisfies Record<string, PsaFromEnv>;

/** A PSA the bin can post to. */
export type PsaName = keyof typeof PSAS_FROM_ENV;

/** Which PSA the environment configures: `CLOSEOUT_PSA`, or else the one whose variables are set. */
export type PsaChoice = { kind: 'psa'; name: PsaName } | { kind: 'simulated' } | { kind: 'none' };

/** A configuration problem the bin reports before it starts. Its message names variables, never their values. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const names = Object.keys(PSAS_FROM_ENV) as PsaName[];
const isSet = (env: Env, variable: string) => (env[variable] ?? '') !== '';

/** Decides the PSA from `CLOSEOUT_PSA` (`connectwise`, `autotask`, `halo`, `simulated`, `none`) or the variables set. */
export function choosePsa(env: Env): PsaChoice {
  const asked = env.CLOSEOUT_PSA?.trim().toLowerCase();
  if (asked === 'simulated') return { kind: 'simulated' };
  if (asked === 'none') return { kind: 'none' };
  if (asked !== undefined && asked !== '') {
    if (!names.includes(asked as PsaName)) {
      throw new ConfigError(`CLOSEOUT_PSA must be one of ${[...names, 'simulated', 'none'].join(', ')}`);
    }
    return { kind: 'psa', name: asked as PsaName };
  }
  const configured = names.filter((name) =>
    Object.values(PSAS_FROM_ENV[name].required).some((variable) => isSet(env, variable)),
  );
  if (configured.length > 1) {
    throw new ConfigError(
      `Variables of several PSAs are set (${configured.join(', ')}): choose one with CLOSEOUT_PSA`,
    );
  }
  const [only] = configured;
  return only === undefined ? { kind: 'simulated' } : { kind: 'psa', name: only };
}

/** The adapter of a PSA from its variables; a missing one is a {@link ConfigError} naming it. */
export async function psaFromEnv(name: PsaName, env: Env): Promise<PsaAdapter> {
  const spec: PsaFromEnv = PSAS_FROM_ENV[name];
  const missing = Object.values(spec.required).filter((variable) => !isSet(env, variable));
  if (missing.length > 0) throw new ConfigError(`${name} needs ${missing.join(', ')}`);
  const options: Record<string, string> = {};
  for (const [option, variable] of [...Object.entries(spec.required), ...Object.entries(spec.optional)]) {
    const value = env[variable];
    if (value !== undefined && value !== '') options[option] = value;
  }
  return spec.create(options);
}
