import { contextBridge, ipcRenderer } from 'electron';
import { buildDeskApi, type Invoke } from './api';

// Only the DeskApi crosses into the page: no ipcRenderer, no Node.
const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);
contextBridge.exposeInMainWorld('desk', buildDeskApi(invoke));
