// Read once at start; the meta-version header and /healthz report it.
import pkg from "../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
