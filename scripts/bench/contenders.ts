// What each contender does with a text, loaded only in the worker that runs it (compromise's
// plugins change the library globally, and each worker's peak memory is its own).
import { loadCoreBundle } from './coreBundle';

export type Contender = 'news-annotator' | 'compromise' | 'compromise-dates' | 'wink-nlp' | 'chrono-node';

export const CONTENDERS: Contender[] = ['news-annotator', 'compromise', 'compromise-dates', 'wink-nlp', 'chrono-node'];

export const DESCRIPTIONS: Record<Contender, string> = {
  'news-annotator': 'full pipeline: people, organizations, places, quotes + speakers, dates',
  compromise: 'people + places + quotations',
  'compromise-dates': 'dates plugin',
  'wink-nlp': 'entity pass (lite web model)',
  'chrono-node': 'casual date parsing',
};

/* eslint-disable @typescript-eslint/no-require-imports */
export function load(contender: Contender): (text: string) => unknown {
  switch (contender) {
    case 'news-annotator': {
      // The bundle index.ts built (coreBundle.ts): the code as it ships. A fresh annotate()
      // per call, so nothing is reused between the timed runs.
      const { annotate } = loadCoreBundle();
      return (text) => annotate(text, { documentDate: '2016-09-20' });
    }
    case 'compromise': {
      const nlp = require('compromise');
      return (text) => {
        const doc = nlp(text);
        return [doc.people().json({ offset: true }), doc.places().json({ offset: true }), doc.quotations().json({ offset: true })];
      };
    }
    case 'compromise-dates': {
      const nlp = require('compromise');
      nlp.plugin(require('compromise-dates'));
      return (text) => nlp(text).dates({ timezone: 'UTC' }).json();
    }
    case 'wink-nlp': {
      const winkNLP = require('wink-nlp');
      const nlp = winkNLP(require('wink-eng-lite-web-model'));
      return (text) => nlp.readDoc(text).entities().out(nlp.its.detail);
    }
    case 'chrono-node': {
      const chrono = require('chrono-node');
      const ref = new Date(Date.UTC(2016, 8, 20, 12));
      return (text) => chrono.casual.parse(text, ref);
    }
  }
}
