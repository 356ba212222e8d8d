export declare function webBuildIsCurrent(): boolean;
export declare function buildWebIfStale(options?: { log?: (line: string) => void }): Promise<boolean>;
