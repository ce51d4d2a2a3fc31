import { runStorageConformance } from '@closeout/core/testing';
import { memoryStorage } from '@closeout/storage-memory';

runStorageConformance('memory', () => memoryStorage());
