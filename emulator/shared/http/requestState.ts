import type { UserRow } from '../store/rows';

/** The signed-in user, as route modules (Graph and SharePoint) read it from `request.kringUser`. */
export type SignedInUser = UserRow;

declare module 'fastify' {
  interface FastifyRequest {
    kringUser: SignedInUser;
    graphRequestId: string;
    clientRequestId: string;
    /** Set on requests replayed from inside a `$batch`. */
    batchInner: boolean;
    /** The "stored, then dropped" fault: handle the request, then lose its answer. */
    dropAnswer: boolean;
    /** When the request arrived (ISO time), for the request log. */
    receivedAt: string;
  }
}
