/** Who the user is, as far as the identity headers and the access requirements are concerned. */
export interface Identity {
  /** The provider's stable subject identifier. */
  readonly sub: string;
  /** preferred_username, falling back to sub. */
  readonly username: string;
  readonly email: string;
  readonly name: string;
  readonly groups: readonly string[];
  readonly entitlements: readonly string[];
}

/** No user: every field empty. Identity headers built from it are present and empty. */
export const NO_IDENTITY: Identity = Object.freeze({
  sub: "",
  username: "",
  email: "",
  name: "",
  groups: Object.freeze([]),
  entitlements: Object.freeze([]),
});
