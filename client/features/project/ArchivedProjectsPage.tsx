export function ArchivedProjectsPage() {
  return null;
}
