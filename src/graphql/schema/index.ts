// The schema: every type module registers itself on the builder when imported.
import { builder } from '../builder.ts';
import './enums.ts';
import './evidence.ts';
import './article.ts';
import './person.ts';
import './organization.ts';
import './place.ts';
import './meeting.ts';
import './search.ts';
import './network.ts';
import './timeline.ts';
import './ingest.ts';

builder.queryType({ description: 'Entry points for reading the knowledge graph.' });
builder.mutationType({ description: 'Changes to the knowledge graph.' });

export const schema = builder.toSchema();
