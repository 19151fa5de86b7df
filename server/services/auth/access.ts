import { roleDenial, type Permission } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import type { SessionInfo } from './sessions.js';

/**
 * Why this session may not go on, or null: nobody signed in, an initial password still to change, or a
 * role short of `permission` (none given: any signed-in person). The API's procedures and the download
 * routes both ask it, so they refuse alike.
 */
export function accessRefusal(session: SessionInfo | null, permission?: Permission): AppError | null {
  if (!session) return new AppError('UNAUTHORIZED', 'auth.required');
  if (session.mustChangePassword) return new AppError('FORBIDDEN', 'auth.mustChangePassword');
  const denial = permission && roleDenial(session.actor, permission);
  return denial ? new AppError('FORBIDDEN', denial.key, denial.params) : null;
}
