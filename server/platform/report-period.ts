import type { Db } from './db/database';

/**
 * The period and scope of the annual report's figures. Each module that has figures for the report exports one
 * function `<module>Report(tx, period)` from its index (written in `<module>.report.ts`); the annual-report module
 * reads other modules only through these functions and never queries their tables.
 */
export type ReportPeriod = {
  officeId: string;
  /** The report year and its first and last day (ISO dates, Europe/Berlin calendar). */
  year: number;
  from: string;
  to: string;
  /** One space, or null for the whole office. */
  spaceId: string | null;
};

/** What a table of the report counted and with which filters, in German, for the appendix ("Wie gezählt wurde"). */
export type AppendixEntry = { table: string; counted: string; filters: string };

/** A module's figures for a period: raw numbers (the report suppresses small counts) and how they were counted. */
export type ReportPart<T> = { figures: T; appendix: AppendixEntry[] };

export type ReportFunction<T> = (tx: Db, period: ReportPeriod) => Promise<ReportPart<T>>;
