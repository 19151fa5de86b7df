import { denialOf, type Actor, type Permission, type ProjectScope } from '../../domain/permissions.js';
import { AppError } from './app-error.js';

export function authorize(actor: Actor, permission: Permission, scope?: ProjectScope): void {
  const denial = denialOf(actor, permission, scope);
  if (denial) throw new AppError('FORBIDDEN', denial.key, denial.params);
}
