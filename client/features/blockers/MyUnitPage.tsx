export function MyUnitPage() {
  return null;
}
