// app/api/[...closeout]/route.ts: closeout's endpoints as Next.js App Router route handlers.
// Next.js answers 405 to any method a route file does not export, so it exports every method the
// endpoints use (PUT links a ticket, DELETE removes a session).
import { handler } from '../../../closeout.js';

export const GET = handler;
export const POST = handler;
export const PATCH = handler;
export const PUT = handler;
export const DELETE = handler;

// Every answer depends on the caller and the request: never prerender or cache one.
export const dynamic = 'force-dynamic';
// closeout needs Node.js APIs (crypto, the PSA adapters' HTTP), not the Edge runtime.
export const runtime = 'nodejs';
