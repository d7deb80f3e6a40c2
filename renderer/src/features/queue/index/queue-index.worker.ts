import type { ReadReply, ReadRequest } from './read-protocol';
import { readReplicaRows } from './read-rows';

// The queue's read worker: reading 85,000 issues from IndexedDB, turning them into rows and
// numbering their words take seconds of work that on the UI thread would stall the first
// screen and every keystroke meanwhile. The UI thread gets rows in chunks, ready to put.

/** The part of DedicatedWorkerGlobalScope used here (the renderer is typed against the DOM library). */
interface ReadWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadRequest>) => void): void;
  postMessage(message: ReadReply, transfer: Transferable[]): void;
}

const scope = self as unknown as ReadWorkerScope;

scope.addEventListener('message', ({ data }) => {
  void readReplicaRows(data, (reply, transfer) => scope.postMessage(reply, transfer));
});
