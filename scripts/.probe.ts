import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../src/lib/server/platform/db/schema';
import type { Db } from '../src/lib/server/platform/db/client';
import { searchPractices } from '../src/lib/server/modules/catalogue/search-practices';
import { anonymous } from '../src/lib/server/platform/actor';
const url = process.argv[2] ?? '';
const sets = (process.argv[3] ?? '').split(';').filter(Boolean);
const inputs = JSON.parse(process.argv[4] ?? '[]') as object[];
const pool = new pg.Pool({ connectionString: url, max: 1 });
const client = await pool.connect();
for (const s of sets) await client.query(s);
client.release();
let phase = '';
const times: Record<string, number[]> = {};
const db = drizzle(pool, { schema }) as unknown as Db;
for (const input of inputs) {
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const r = await searchPractices({ db, actor: anonymous }, input);
    const e = performance.now() - t;
    if (i > 0) (times[JSON.stringify(input)] ??= []).push(Math.round(e));
    phase = String(r.total);
  }
  console.log(JSON.stringify(input), phase, times[JSON.stringify(input)]?.join(' '));
}
await pool.end();
