import type { PsaStatus } from '../psa/adapter.js';

/** A board (queue) of the simulated PSA and the statuses its tickets may take. */
export interface FakePsaBoard {
  id: string;
  name: string;
  /** The first status is where new tickets start. */
  statuses: PsaStatus[];
}

/**
 * The boards `fakePsa()` starts with when none are given: a "Service Desk" with the statuses a
 * writeback needs, and a "Projects" board whose statuses are not valid on Service Desk tickets.
 */
export const FAKE_PSA_DEFAULT_BOARDS: readonly FakePsaBoard[] = [
  {
    id: '1',
    name: 'Service Desk',
    statuses: [
      { id: '1', name: 'New', closed: false },
      { id: '2', name: 'In Progress', closed: false },
      { id: '3', name: 'Waiting on Customer', closed: false },
      { id: '4', name: 'Resolved', closed: true },
      { id: '5', name: 'Escalated', closed: false },
    ],
  },
  {
    id: '2',
    name: 'Projects',
    statuses: [
      { id: '21', name: 'Planned', closed: false },
      { id: '22', name: 'Done', closed: true },
    ],
  },
];
