/**
 * The CAMEO event codes the ontology maps, with their names and Goldstein scale
 * values as GDELT publishes them (CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt,
 * https://www.gdeltproject.org/data/lookups/). Only codes that mean one of our
 * relation types are here: anything else is skipped on import, never guessed.
 */
export interface CameoCode {
  name: string;
  /** Goldstein (1992) conflict-cooperation score, -10 (war) to +10 (most cooperative). */
  goldstein: number;
}

export const CAMEO_CODES: Readonly<Record<string, CameoCode>> = {
  '010': { name: 'Make statement', goldstein: 0.0 },
  '041': { name: 'Discuss by telephone', goldstein: 1.0 },
  '042': { name: 'Make a visit', goldstein: 1.9 },
  '043': { name: 'Host a visit', goldstein: 2.8 },
  '044': { name: 'Meet at a "third" location', goldstein: 2.5 },
  '045': { name: 'Mediate', goldstein: 5.0 },
  '046': { name: 'Engage in negotiation', goldstein: 7.0 },
  '057': { name: 'Sign formal agreement', goldstein: 8.0 },
  '060': { name: 'Engage in material cooperation', goldstein: 6.0 },
  '061': { name: 'Cooperate economically', goldstein: 6.4 },
  '062': { name: 'Cooperate militarily', goldstein: 7.4 },
  '063': { name: 'Engage in judicial cooperation', goldstein: 7.4 },
  '064': { name: 'Share intelligence or information', goldstein: 7.0 },
  '070': { name: 'Provide aid', goldstein: 7.0 },
  '071': { name: 'Provide economic aid', goldstein: 7.4 },
  '072': { name: 'Provide military aid', goldstein: 8.3 },
  '073': { name: 'Provide humanitarian aid', goldstein: 7.4 },
  '111': { name: 'Criticize or denounce', goldstein: -2.0 },
  '130': { name: 'Threaten', goldstein: -4.4 },
  '131': { name: 'Threaten non-force', goldstein: -5.8 },
  '132': { name: 'Threaten with administrative sanctions', goldstein: -5.8 },
  '133': { name: 'Threaten political dissent, protest', goldstein: -5.8 },
  '134': { name: 'Threaten to halt negotiations', goldstein: -5.8 },
  '135': { name: 'Threaten to halt mediation', goldstein: -5.8 },
  '136': { name: 'Threaten to halt international involvement', goldstein: -7.0 },
  '137': { name: 'Threaten with violent repression', goldstein: -7.0 },
  '138': { name: 'Threaten to use military force', goldstein: -7.0 },
  '139': { name: 'Give ultimatum', goldstein: -7.0 },
  '163': { name: 'Impose embargo, boycott, or sanctions', goldstein: -8.0 },
  '190': { name: 'Use conventional military force', goldstein: -10.0 },
  '191': { name: 'Impose blockade, restrict movement', goldstein: -9.5 },
  '192': { name: 'Occupy territory', goldstein: -9.5 },
  '193': { name: 'Fight with small arms and light weapons', goldstein: -10.0 },
  '194': { name: 'Fight with artillery and tanks', goldstein: -10.0 },
  '195': { name: 'Employ aerial weapons', goldstein: -10.0 },
  '196': { name: 'Violate ceasefire', goldstein: -9.5 },
};
