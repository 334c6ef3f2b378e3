// Real IndexedDB semantics in Node: fake-indexeddb implements the spec (transactions, aborts).
import 'fake-indexeddb/auto'
