// Every table of every module, for drizzle's typed client and for drizzle-kit.
export * from '../../modules/accounts/schema';
export * from '../../modules/territories/schema';
export * from '../audit/schema';
export * from '../mail/schema';
export * from '../../modules/guide/schema';
export * from '../../modules/worksheets/schema';
export * from '../../modules/catalogue/schema';
export * from '../../modules/diagnose/schema';
export * from '../../modules/ecosystem/schema';
export * from '../../modules/roadmap/schema';
export * from '../../modules/roadmap/governance-schema';
export * from '../../modules/roadmap/solution-schema';
export * from '../../modules/risks/schema';
export * from '../../modules/indicators/schema';
