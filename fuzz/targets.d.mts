/** Fuzz targets (see targets.mjs): throw when an invariant breaks. */
export declare function extractTarget(data: Buffer): void;
export declare function readersTarget(data: Buffer): Promise<void>;
export declare const TARGETS: { extract: typeof extractTarget; readers: typeof readersTarget };
