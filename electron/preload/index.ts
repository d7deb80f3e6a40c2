import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { DESK_EVENT_CHANNEL, type DeskEvent } from '@shared/ipc/events';
import { buildDeskApi, type Invoke } from './api';
import { createEventHub } from './events';

// Only the DeskApi crosses into the page: no ipcRenderer, no Node.
const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);
const subscribe = createEventHub((deliver) => {
  ipcRenderer.on(DESK_EVENT_CHANNEL, (_event: IpcRendererEvent, payload: DeskEvent) => deliver(payload));
});
contextBridge.exposeInMainWorld('desk', buildDeskApi(invoke, subscribe));
