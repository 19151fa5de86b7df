import type { ProjectDetail } from '../../lib/types.js';

/** The project's history from the audit trail (filled in by the admin-screens work). */
export function ProjectHistory(_props: { project: ProjectDetail }) {
  return null;
}
