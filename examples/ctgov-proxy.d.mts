import type { Server } from 'node:http';

export const ALLOWED_PARAMS: readonly string[];
export interface ProxyOptions {
  upstream?: string;
  path?: string;
  cacheMs?: number;
  cacheEntries?: number;
  perClientPerMinute?: number;
  upstreamPerMinute?: number;
  timeoutMs?: number;
  trustForwardedFor?: boolean;
  now?: () => number;
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
}
export function createProxy(options?: ProxyOptions): Server;
