/**
 * The bytes of base64url without padding, only in its one canonical spelling (unused low bits
 * zero, no padding, no stray characters): Node's decoder ignores stray trailing characters and
 * low bits, so several cookie values would otherwise decode to the same bytes.
 */
export function canonicalBase64url(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : undefined;
}
