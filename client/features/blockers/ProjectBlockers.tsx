import type { ProjectDetail } from '../../lib/types.js';

export function ProjectBlockers(_props: { project: ProjectDetail }) {
  return null;
}
