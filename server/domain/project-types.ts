export const PROJECT_TYPES = ['industrial', 'infrastructure', 'publicService'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];
