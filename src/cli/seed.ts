/** `npm run seed`: applies migrations and loads the bundled dataset (idempotent). */
import { config as loadDotenv } from 'dotenv';
import { prepareDatabase } from '../app.js';
import { DEFAULT_DATABASE_URL } from '../config.js';
import { createLogger } from '../logger.js';

loadDotenv({ quiet: true });
const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
const logger = createLogger({ level: process.env.LOG_LEVEL?.trim() || 'info', secrets: [databaseUrl] });
const db = await prepareDatabase({ databaseUrl }, logger);
await db.$disconnect();
