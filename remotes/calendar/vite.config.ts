import { czpRemoteConfig } from '@czp/remote-build';
import { defineConfig } from 'vite';

export default defineConfig(czpRemoteConfig(import.meta.dirname));
