// The host's closeout, created once per server process and shared by the route handlers.
import { demoHandler } from '../support/demo-closeout.js';

/** closeout's endpoints under `/api` (the route file's folder, `app/api/[...closeout]`). */
export const handler = await demoHandler();
