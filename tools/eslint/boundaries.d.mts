export type Zone = { zone: string; name?: string; rest?: string };
export declare function zoneOf(file: string): Zone;
export declare function violation(from: Zone, to: Zone, fromTest?: boolean): string | undefined;
export declare const boundariesPlugin: object;
export declare function cycleThrough(file: string, start: string): string[] | undefined;
