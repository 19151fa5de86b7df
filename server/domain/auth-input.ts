import { z } from 'zod';
import { ZId, zIdList } from './input-primitives.js';
import { ROLES } from './permissions.js';

export const PASSWORD_MIN = 10;

const ZPassword = z
  .string({ error: 'validation.passwordLength' })
  .min(PASSWORD_MIN, { error: 'validation.passwordLength' })
  .max(128, { error: 'validation.passwordLength' });
const ZUsername = z
  .string({ error: 'validation.username' })
  .trim()
  .regex(/^[a-z0-9._-]{3,32}$/, { error: 'validation.username' });
const ZName = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(40, { error: 'validation.tooLong' });

export const ZSignIn = z.object({
  username: z.string().trim().min(1, { error: 'validation.required' }).max(64),
  password: z.string().min(1, { error: 'validation.required' }).max(128),
});

export const ZChangePassword = z.object({ currentPassword: z.string().max(128), newPassword: ZPassword });

export const ZRole = z.enum(ROLES, { error: 'validation.invalid' });
const ZUnitIds = zIdList(50);

export const ZUserCreate = z.object({
  username: ZUsername,
  displayName: ZName,
  role: ZRole,
  unitIds: ZUnitIds.default([]),
  password: ZPassword,
});

export const ZUserUpdate = z.object({
  id: ZId,
  patch: z.object({ displayName: ZName, role: ZRole, unitIds: ZUnitIds, isDisabled: z.boolean() }).partial(),
});

export const ZPasswordReset = z.object({ id: ZId, newPassword: ZPassword });

export const ZUnitInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9]{1,15}$/, { error: 'validation.invalid' }),
  name: ZName,
  kind: z.enum(['department', 'town'], { error: 'validation.invalid' }),
});
export const ZUnitUpdate = z.object({ id: ZId, patch: ZUnitInput.partial() });
