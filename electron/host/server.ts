import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { MAX_UPLOAD_BYTES } from '../../shared/imports/api';
import { ExportRefused, type Core } from '../core';
import { CookieSessions } from './http-session';
import { readStatic } from './static-files';

// The same policy the Electron window enforces: only our own files and our own API.
export const HOST_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 5 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An ASCII fallback name, and the real (Chinese) one percent-encoded as RFC 6266 / 5987 ask. */
export function attachment(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encoded}`;
}

export interface HostOptions {
  core: Core;
  staticDir: string;
  port: number;
}

/**
 * The browser host: the built renderer and POST /api/invoke, on 127.0.0.1 only.
 * Requests must name our own host (no DNS rebinding) and carry X-Wenmi (a
 * cross-site page cannot send that header without a preflight we never answer).
 */
export function startHost({ core, staticDir, port }: HostOptions): Promise<Server> {
  const sessions = new CookieSessions(core);
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('[wenmi] host error', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', '服务内部错误');
    });
  });

  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('Content-Security-Policy', HOST_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain; charset=utf-8', '主机名不符');
    const url = req.url ?? '/';
    const download = /^\/api\/export\/([^/?#]*)$/.exec(url);
    if (download) {
      if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', '只接受 GET');
      // Tickets are base64url: anything else is simply not a ticket (no decoding needed).
      return exportFile(req, res, download[1]);
    }
    const sent = /^\/api\/upload\/([^/?#]*)$/.exec(url);
    if (sent) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', '只接受 POST');
      return uploadFile(req, res, sent[1]);
    }
    if (url === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', '只接受 POST');
      return invoke(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', '不支持的请求');
    const file = await readStatic(staticDir, url);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', '没有这个页面');
    res.setHeader('Cache-Control', file.type.startsWith('text/html') ? 'no-store' : 'max-age=3600');
    send(res, 200, file.type, file.body);
  }

  /** Only our own page can send X-Wenmi (another site would need a preflight we never answer), from our own origin. */
  const fromOurPage = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    return req.headers['x-wenmi'] === '1' && (!origin || allowedHosts.has(origin.replace(/^http:\/\//, '')));
  };

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!fromOurPage(req)) {
      return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自其他网页的请求。' } });
    }
    const body = await readBody(req);
    let call: { method?: unknown; input?: unknown };
    try {
      call = JSON.parse(body ?? '');
    } catch {
      return json(res, 400, { ok: false, error: { code: 'VALIDATION', message: '请求格式不正确。' } });
    }
    const { token, session } = sessions.resolve(req);
    const result = core.dispatch(session, String(call.method ?? ''), call.input);
    sessions.settle(res, token, session);
    json(res, 200, result);
  }

  /**
   * GET /api/export/<ticket>: the file of an export ticket, for the session that
   * asked for it. A plain GET (an <a download> link) cannot carry X-Wenmi; the
   * single-use ticket, bound to this cookie's session, is what authorizes it.
   */
  async function exportFile(req: IncomingMessage, res: ServerResponse, ticket: string): Promise<void> {
    const { session } = sessions.resolve(req);
    try {
      await core.streamExport(ticket, session, res, ({ fileName }) => {
        // Only once the ticket is accepted: a refused one can still be answered with 403.
        res.writeHead(200, {
          'Content-Type': XLSX_TYPE,
          'Content-Disposition': attachment(fileName),
          'Cache-Control': 'no-store',
        });
      });
    } catch (error) {
      if (!res.headersSent) {
        if (error instanceof ExportRefused) return send(res, 403, 'text/plain; charset=utf-8', error.message);
        throw error;
      }
      // Half a file is worse than none: break the download so the browser reports it failed.
      console.error('[wenmi] export failed', error);
      res.destroy();
    }
  }

  /**
   * POST /api/upload/<ticket>: the body is the file an import asked for (imports.upload gave
   * the ticket to this cookie's session). The core streams it to the data folder and reads it;
   * a body announced as too big is refused before a byte of it is read.
   */
  async function uploadFile(req: IncomingMessage, res: ServerResponse, ticket: string): Promise<void> {
    if (!fromOurPage(req)) {
      return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自其他网页的请求。' } });
    }
    const { session } = sessions.resolve(req);
    if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
      res.setHeader('Connection', 'close');
      res.once('finish', () => req.destroy());
      return json(res, 413, { ok: false, error: { code: 'VALIDATION', message: `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请把台账分成几个文件分批导入。` } });
    }
    const result = await core.receiveUpload(ticket, session, req);
    if (!req.complete) res.setHeader('Connection', 'close');
    json(res, 200, result);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.setHeader('Cache-Control', 'no-store');
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
