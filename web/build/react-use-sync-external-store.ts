// React 18+ has useSyncExternalStore built in; the shim that @lingui/react and wouter import for older Reacts
// would only pass it through, after shipping its own copy to every browser.
export { useSyncExternalStore } from 'react';
