import type { TTemplateUpdate } from '../../domain/plan-input.js';
import { assertValidPlan } from '../shared/assert-valid-plan.js';
import { recordAudit } from '../shared/record-audit.js';
import { findTemplate } from './find-template.js';
import type { ActorOptions } from '../shared/actor-options.js';

/** Replaces a type's template, refusing a plan with a cycle or a link to a milestone it lacks. */
export async function updateTemplate({ prisma, actor, input }: ActorOptions<TTemplateUpdate>) {
  const milestones = input.milestones.map((m, seq) => ({ ...m, seq }));
  assertValidPlan(
    milestones.map((m) => ({
      key: String(m.seq),
      name: m.name,
      durationDays: m.durationDays,
      dependsOn: m.dependsOnSeqs.map(String),
    })),
  );
  await prisma.$transaction(async (tx) => {
    const before = await findTemplate(tx, input.projectType);
    await tx.templateMilestone.deleteMany({ where: { projectType: input.projectType } });
    await tx.templateMilestone.createMany({
      data: milestones.map((m) => ({ projectType: input.projectType, ...m, isTarget: m.seq === input.targetSeq })),
    });
    await recordAudit(tx, {
      actor,
      action: 'update',
      entityType: 'template',
      entityId: input.projectType,
      before: { milestones: before },
      after: { milestones: input.milestones, targetSeq: input.targetSeq },
    });
  });
  return findTemplate(prisma, input.projectType);
}
