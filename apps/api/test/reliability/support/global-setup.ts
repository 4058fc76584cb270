import globalSetup from '../../support/global-setup';

/** The integration tests' setup (embedded Postgres unless DATABASE_URL is set), and which one. */
export default async function reliabilitySetup(): Promise<void> {
  const embedded = !process.env['DATABASE_URL'];
  await globalSetup();
  process.env['RELIABILITY_EMBEDDED'] = embedded ? '1' : '';
}
