import { eventTable } from './eventTable';

/**
 * A company named with its legal form ("Financiera Cimex S.A.", "Kave Coffee, S.A.", "Gazprom Neft PJSC") is an
 * organisation, with a comma allowed before the abbreviation and "de" inside a Spanish name ("Grupo de Administración
 * Empresarial S.A."); each name of a list stops at the list's own commas and "and". Rows after real news phrasings
 * (Reuters 2020 on U.S. sanctions on Cuban military-run companies).
 */
eventTable('companies named with their legal form', [
  [
    'The United States sanctioned Grupo de Administración Empresarial S.A., Financiera Cimex S.A. and Kave Coffee, S.A. on Monday.',
    [
      'SANCTION SOURCE:united-states TARGET:grupo-de-administracion-empresarial-s-a @2025-03-03',
      'SANCTION SOURCE:united-states TARGET:financiera-cimex-s-a @2025-03-03',
      'SANCTION SOURCE:united-states TARGET:kave-coffee-s-a @2025-03-03',
    ],
  ],
  [
    'The United States sanctioned three Cuban companies on Monday. The companies blacklisted are Grupo de Administración Empresarial S.A., Financiera Cimex S.A. and Kave Coffee, S.A.',
    [
      'SANCTION SOURCE:united-states TARGET:cuba @2025-03-03',
      'SANCTION SOURCE:united-states TARGET:grupo-de-administracion-empresarial-s-a @2025-03-03',
      'SANCTION SOURCE:united-states TARGET:financiera-cimex-s-a @2025-03-03',
      'SANCTION SOURCE:united-states TARGET:kave-coffee-s-a @2025-03-03',
    ],
  ],
  [
    'The United States sanctioned Gazprom Neft PJSC on Friday.',
    ['SANCTION SOURCE:united-states TARGET:gazprom-neft-pjsc @2025-02-28'],
  ],
]);
