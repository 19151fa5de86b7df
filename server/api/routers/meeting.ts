import {
  ZAgendaAdd,
  ZAgendaDrop,
  ZAgendaReorder,
  ZMeetingCreate,
  ZMeetingDecide,
  ZMeetingId,
  ZMeetingList,
} from '../../domain/meeting-input.js';
import { addAgendaItem } from '../../services/meetings/add-agenda-item.js';
import { createMeeting } from '../../services/meetings/create-meeting.js';
import { decideMeeting } from '../../services/meetings/decide-meeting.js';
import { dropAgendaItem } from '../../services/meetings/drop-agenda-item.js';
import { finishMeeting } from '../../services/meetings/finish-meeting.js';
import { getMeeting } from '../../services/meetings/get-meeting.js';
import { listMeetings } from '../../services/meetings/list-meetings.js';
import { reorderAgenda } from '../../services/meetings/reorder-agenda.js';
import { startMeeting } from '../../services/meetings/start-meeting.js';
import { permitted, router } from '../trpc.js';

// Everyone reads meetings; only admins (the bureau's project office) create and run them.
export const meetingRouter = router({
  /** Meetings, latest first. */
  list: permitted('read')
    .input(ZMeetingList.prefault({}))
    .query(({ ctx, input }) => listMeetings({ prisma: ctx.db.prisma, status: input.status })),
  /** A meeting with its agenda and its decisions. */
  get: permitted('read')
    .input(ZMeetingId)
    .query(({ ctx, input }) => getMeeting({ prisma: ctx.db.prisma, today: ctx.today, id: input.id })),
  /** A draft meeting with the agenda Backplan proposes. */
  create: permitted('runMeeting')
    .input(ZMeetingCreate)
    .mutation(({ ctx, input }) => createMeeting({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input })),
  reorderAgenda: permitted('runMeeting')
    .input(ZAgendaReorder)
    .mutation(({ ctx, input }) => reorderAgenda({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  addAgendaItem: permitted('runMeeting')
    .input(ZAgendaAdd)
    .mutation(({ ctx, input }) => addAgendaItem({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  dropAgendaItem: permitted('runMeeting')
    .input(ZAgendaDrop)
    .mutation(({ ctx, input }) => dropAgendaItem({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  /** Freezes the agenda; decisions may be recorded from now on. */
  start: permitted('runMeeting')
    .input(ZMeetingId)
    .mutation(({ ctx, input }) => startMeeting({ prisma: ctx.db.prisma, actor: ctx.actor, id: input.id })),
  /** Records a decision; returns the id of the action item it becomes. */
  decide: permitted('runMeeting')
    .input(ZMeetingDecide)
    .mutation(({ ctx, input }) => decideMeeting({ prisma: ctx.db.prisma, actor: ctx.actor, today: ctx.today, input })),
  finish: permitted('runMeeting')
    .input(ZMeetingId)
    .mutation(({ ctx, input }) => finishMeeting({ prisma: ctx.db.prisma, actor: ctx.actor, id: input.id })),
});
