export function DigestPage() {
  return null;
}
