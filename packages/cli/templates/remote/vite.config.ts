import { czpRemoteConfig } from '@czp/remote-build';

export default czpRemoteConfig(import.meta.dirname);
