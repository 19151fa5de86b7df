export function BlockersPage() {
  return null;
}
