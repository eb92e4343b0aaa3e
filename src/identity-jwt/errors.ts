/** Stable codes callers branch on; every message names the setting and the fix. */
export type IdentityKeyErrorCode =
  | "key_file_unreadable"
  | "key_file_invalid"
  | "key_store_invalid"
  | "key_store_unwritable"
  | "rotation_unsupported";

/** A start-up problem with the identity-JWT signing keys: the service must not start. */
export class IdentityKeyError extends Error {
  readonly code: IdentityKeyErrorCode;
  constructor(code: IdentityKeyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IdentityKeyError";
    this.code = code;
  }
}

export const KEY_FILE_SETTING = "FORWARD_AUTH_IDENTITY_JWT_KEY_FILE";
export const DATA_DIR_SETTING = "FORWARD_AUTH_DATA_DIR";

/** The errno code of a failed fs call ("ENOENT", "EACCES"), or the message when there is none. */
export function fsReason(error: unknown): string {
  if (error instanceof Error && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
