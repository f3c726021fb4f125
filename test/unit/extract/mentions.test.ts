import { findMentions } from '../../../src/extract/3-mentions';
import { splitSentences } from '../../../src/extract/2-sentences';

const mentionsOf = (text: string) =>
  findMentions(splitSentences(text)).map((m) => [m.form, m.name, m.role, m.affiliation, m.locative] as const);

describe('findMentions', () => {
  const rows: [string, (readonly [string, string, string | null, string | null, boolean])[]][] = [
    [
      'Russian Foreign Minister Sergei Lavrov spoke.',
      [['person', 'Sergei Lavrov', 'Foreign Minister', 'Russia', false]],
    ],
    ['Kremlin spokesman Dmitry Peskov told reporters.', [['person', 'Dmitry Peskov', 'spokesman', 'Russia', false]]],
    [
      'Lavrov briefed Iran’s Foreign Minister Abbas Araghchi.',
      [
        ['name-candidate', 'Lavrov', null, null, false],
        ['person', 'Abbas Araghchi', 'Foreign Minister', 'Iran', false],
      ],
    ],
    ['Supreme Leader Ayatollah Ali Khamenei spoke.', [['person', 'Ali Khamenei', 'Supreme Leader', null, false]]],
    [
      'US Secretary of State Marco Rubio arrived.',
      [['person', 'Marco Rubio', 'Secretary of State', 'United States', false]],
    ],
    ['He met his Ukrainian counterpart Andrii Sybiha.', [['person', 'Andrii Sybiha', 'counterpart', 'Ukraine', false]]],
    // Must not: a title in the possessive owns the noun after it ("Leaders' Meeting"), no holder named "Meeting".
    [
      "Luxon met Albanese for the Australia-New Zealand Leaders' Meeting.",
      [
        ['name-candidate', 'Luxon', null, null, false],
        ['name-candidate', 'Albanese', null, null, false],
        ['name', 'Australia', null, null, false],
        ['name', 'New Zealand', null, null, false],
        ['name-candidate', 'Meeting', null, null, false],
      ],
    ],
    // Must not: a name after a title's comma that a verb follows is the main clause's subject, no apposition.
    [
      'In his remarks at the talks with his Chinese counterpart, Blanar said.',
      [
        ['members', 'China', null, null, false],
        ['name-candidate', 'Blanar', null, null, false],
      ],
    ],
    [
      'Saudi Crown Prince Mohammed bin Salman arrived.',
      [['person', 'Mohammed bin Salman', 'Crown Prince', 'Saudi Arabia', false]],
    ],
    [
      'They met in Riyadh, Saudi Arabia, on Monday.',
      [
        ['capital', 'Saudi Arabia', null, null, true],
        ['name', 'Saudi Arabia', null, null, true],
      ],
    ],
    ['Moscow is ready to help.', [['capital', 'Russia', null, null, false]]],
    [
      'He discussed Washington’s interest in Moscow facilitating talks.',
      [
        ['capital', 'United States', null, null, false],
        ['capital', 'Russia', null, null, false],
      ],
    ],
    [
      'Top US officials met Russian counterparts.',
      [
        ['name', 'United States', null, null, false],
        ['members', 'Russia', null, null, false],
      ],
    ],
    [
      'It criticized Democratic leaders and the Biden Administration.',
      [
        ['members', 'Democratic Party', null, null, false],
        ['name-candidate', 'Biden', null, null, false],
        ['government', 'Biden', null, null, false],
      ],
    ],
    ['China’s Xi Jinping called.', [['person', 'Xi Jinping', null, 'China', false]]],
    // Companies the article names as such: sanctions and arms deals name them.
    [
      'The sanctions target oil companies Rosneft and Lukoil.',
      [
        ['name', 'Rosneft', null, null, false],
        ['name', 'Lukoil', null, null, false],
      ],
    ],
    [
      'They include units of Lockheed Martin, General Dynamics and other companies.',
      [
        ['name', 'Lockheed Martin', null, null, false],
        ['name', 'General Dynamics', null, null, false],
      ],
    ],
    [
      'The executives of Northrop Grumman Corporation were named.',
      [['name', 'Northrop Grumman Corporation', null, null, false]],
    ],
    [
      'Philippine President Ferdinand Marcos arrived.',
      [['person', 'Ferdinand Marcos', 'President', 'Philippines', false]],
    ],
    // A first initial after a title is part of the name, not a name of its own.
    [
      'Indian External Affairs Minister S. Jaishankar arrived.',
      [['person', 'S. Jaishankar', 'External Affairs Minister', 'India', false]],
    ],
    ['Foreign Minister K. Shanmugam said.', [['person', 'K. Shanmugam', 'Foreign Minister', null, false]]],
    // A state's name inside a place's names no actor; nor do its compass word and sea (personNames.ts).
    ['The ships sailed the South China Sea.', []],
    // A holder's standing between governments is part of the title (lexicon/titles.ts).
    [
      'Lebanese caretaker Prime Minister Najib Mikati said.',
      [['person', 'Najib Mikati', 'caretaker Prime Minister', 'Lebanon', false]],
    ],
    // A capital inside the name of a gathering or of a text agreed there names no actor (lexicon/places.ts).
    ['He told the Doha Forum on Saturday.', []],
    ['Kyiv never implemented the Minsk agreements.', [['capital', 'Ukraine', null, null, false]]],
    ['Doha said talks had resumed.', [['capital', 'Qatar', null, null, false]]],
    // "America" after a part of the continent is the region, no United States (lexicon/places.ts).
    // (The part of the continent stays a capitalised word the later stages find no actor in.)
    ['They came from Latin America.', [['name-candidate', 'Latin', null, null, false]]],
    ['They taxed goods from the South American country.', []],
    ['They met North American leaders.', []],
    [
      'South Korea and America agreed.',
      [
        ['name', 'South Korea', null, null, false],
        ['name', 'United States', null, null, false],
      ],
    ],
    ['North Korean leader Kim Jong-un arrived.', [['person', 'Kim Jong-un', 'leader', 'North Korea', false]]],
    ['North Korean leader Kim Jong Un arrived.', [['person', 'Kim Jong Un', 'leader', 'North Korea', false]]],
    [
      'European Commission head Ursula von der Leyen wrote.',
      [['person', 'Ursula von der Leyen', 'head', 'European Commission', false]],
    ],
    [
      'Omani Foreign Minister Sayyid Badr bin Hamad Albusaidi said.',
      [['person', 'Badr bin Hamad Albusaidi', 'Foreign Minister', 'Oman', false]],
    ],
    [
      'Prime Ministers Narendra Modi and Shehbaz Sharif agreed.',
      [
        ['person', 'Narendra Modi', 'Prime Minister', null, false],
        ['person', 'Shehbaz Sharif', 'Prime Minister', null, false],
      ],
    ],
    [
      'Rubio spoke with Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar.',
      [
        ['name-candidate', 'Rubio', null, null, false],
        ['person', 'Ishaq Dar', 'Deputy Prime Minister and Foreign Minister', 'Pakistan', false],
      ],
    ],
    // Title words the lexicon lacked (lexicon/titles.ts), from real news: each had made a title's word a name
    // ("Councillor Wang Yi", "Relations") or lost the name after a lower-case title.
    [
      'Imran Khan met Chinese Foreign Minister and State Councillor Wang Yi.',
      [
        ['name-candidate', 'Imran Khan', null, null, false],
        ['person', 'Wang Yi', 'Foreign Minister and State Councillor', 'China', false],
      ],
    ],
    [
      'He met Deputy Prime Minister for International Relations and Foreign Minister of the Republic of Iraq Fuad Mohamad Hussein.',
      [
        [
          'person',
          'Fuad Mohamad Hussein',
          'Deputy Prime Minister for International Relations and Foreign Minister',
          'Iraq',
          false,
        ],
      ],
    ],
    [
      'It was attended by UAE state minister for foreign affairs Anwar Gargash.',
      [['person', 'Anwar Gargash', 'state minister for foreign affairs', 'United Arab Emirates', false]],
    ],
    ['The Russian leader spoke.', [['description', 'leader', 'leader', 'Russia', false]]],
    // An unnamed spokesperson of a state speaks for it with "a" too (Xinhua, China News Service 2014-2021); other titles
    // with "a" are some one of many.
    [
      'A Chinese mainland spokesperson slammed them.',
      [['description', 'spokesperson', 'mainland spokesperson', 'China', false]],
    ],
    ['A Chinese spokeswoman hit back.', [['description', 'spokeswoman', 'spokeswoman', 'China', false]]],
    [
      'They founded the Alliance of Sahel States (AES). AES grew.',
      [
        ['name', 'Alliance of Sahel States', null, null, false],
        ['name', 'Alliance of Sahel States', null, null, false],
        ['name', 'Alliance of Sahel States', null, null, false],
      ],
    ],
    // A state's acronym in brackets between its name and a title, or before the comma of "President of X (ACR), Name",
    // leaves the title to the person (State Department via allAfrica 2019, ANGOP via allAfrica 2021; before: the state).
    [
      'Secretary Michael R. Pompeo met today with Democratic Republic of the Congo (DRC) President Felix Tshisekedi.',
      [
        ['person', 'Michael R. Pompeo', 'Secretary', null, false],
        ['person', 'Felix Tshisekedi', 'President', 'DR Congo', false],
      ],
    ],
    [
      'The President of the Central African Republic (CAR), Faustin Touadéra, left Luanda this Monday afternoon.',
      [
        ['person', 'Faustin Touadéra', 'President', 'Central African Republic', false],
        ['capital', 'Angola', null, null, false],
      ],
    ],
    // (CGTN 2020: the bracketed acronym of a state the gazetteer knows names that state, there and later.)
    [
      'Pyongyang warned the Republic of Korea (ROK). The ROK replied.',
      [
        ['capital', 'North Korea', null, null, false],
        ['name', 'South Korea', null, null, false],
        ['name', 'South Korea', null, null, false],
        ['name', 'South Korea', null, null, false],
      ],
    ],
    ['BAMAKO - The leaders met.', [['capital', 'Mali', null, null, true]]],
    // (ewn 2018, farmtalknews 2019: a state's name before the goods of its trade says whose they are, no place; a
    // state after "in" before any other word stays a place.)
    [
      'China slapped retaliatory tariffs on $16 billion in US goods.',
      [
        ['name', 'China', null, null, false],
        ['name', 'United States', null, null, false],
      ],
    ],
    [
      'China would raise tariffs on $75 billion in U.S. products.',
      [
        ['name', 'China', null, null, false],
        ['name', 'United States', null, null, false],
      ],
    ],
    ['They met in the US on Monday.', [['name', 'United States', null, null, true]]],
    // (Hindustan Times 2025, The Moscow Times 2024: a state's possessive after "in" before a standing war owns the war, no
    // place; before any other noun it stays one.)
    [
      'Putin and Trump think a temporary ceasefire in Moscow’s war with Ukraine would prolong the conflict.',
      [
        ['name-candidate', 'Putin', null, null, false],
        ['name-candidate', 'Trump', null, null, false],
        ['capital', 'Russia', null, null, false],
        ['name', 'Ukraine', null, null, false],
      ],
    ],
    [
      'North Korean troops were deployed in Russia’s Kursk region.',
      [
        ['members', 'North Korea', null, null, false],
        ['name', 'Russia', null, null, true],
        ['name-candidate', 'Kursk', null, null, false],
      ],
    ],
    ['They met in Russia’s capital on Monday.', [['name', 'Russia', null, null, true]]],
    [
      'Moscow: Iran agreed.',
      [
        ['capital', 'Russia', null, null, true],
        ['name', 'Iran', null, null, false],
      ],
    ],
    ['He met the head of the intelligence agency.', []],
    [
      'Ethiopia struck a deal with Somaliland.',
      [
        ['name', 'Ethiopia', null, null, false],
        ['name', 'Somaliland', null, null, false],
      ],
    ],
    // Organisations no gazetteer lists, named by their last word; a state's own forces stay the state's.
    [
      'The fighting pitted the army against the Three Brotherhood Alliance.',
      [['name', 'Three Brotherhood Alliance', null, null, false]],
    ],
    [
      'Tar Bhone Kyaw of the Ta’ang National Liberation Army added that they agreed.',
      [
        ['name-candidate', 'Tar Bhone Kyaw', null, null, false],
        ['name', 'Ta’ang National Liberation Army', null, null, false],
      ],
    ],
    [
      'The Myanmar Army and the Israel Defense Forces were named.',
      [
        ['name', 'Myanmar', null, null, false],
        ['seat', 'Israel', null, null, false],
      ],
    ],
    // State organs known by a name of their own stand for their state.
    [
      'Indian Army and the Chinese People’s Liberation Army (PLA) were named.',
      [
        ['members', 'India', null, null, false],
        ['adjective', 'China', null, null, false],
        ['seat', 'China', null, null, false],
        ['seat', 'China', null, null, false],
      ],
    ],
    [
      'The Syrian Democratic Forces and the West African Economic and Monetary Union were named.',
      [
        ['name', 'Syrian Democratic Forces', null, null, false],
        ['name', 'West African Economic and Monetary Union', null, null, false],
      ],
    ],
    // "of" inside a title.
    [
      'Azerbaijan’s Minister of Foreign Affairs Jeyhun Bayramov met him.',
      [['person', 'Jeyhun Bayramov', 'Minister of Foreign Affairs', 'Azerbaijan', false]],
    ],
    [
      'The Minister of the Interior Ahmad Vahidi spoke.',
      [['person', 'Ahmad Vahidi', 'Minister of the Interior', null, false]],
    ],
    [
      'UAE Minister of Foreign Affairs and International Cooperation Abdullah bin Zayed Al-Nahyan attended.',
      [
        [
          'person',
          'Abdullah bin Zayed Al-Nahyan',
          'Minister of Foreign Affairs and International Cooperation',
          'United Arab Emirates',
          false,
        ],
      ],
    ],
    // Lower-case modifiers joined by "and" before their head are one title (Tanjug 2023); so is a policy's chief.
    [
      'Vucic met EU foreign policy and security chief Josep Borrell.',
      [
        ['name-candidate', 'Vucic', null, null, false],
        ['person', 'Josep Borrell', 'foreign policy and security chief', 'European Union', false],
      ],
    ],
    [
      'EU foreign policy chief Kaja Kallas arrived.',
      [['person', 'Kaja Kallas', 'foreign policy chief', 'European Union', false]],
    ],
    // No head after the joined modifiers: no title ("defence and security cooperation" stays words).
    ['EU defence and security cooperation grew.', [['name', 'European Union', null, null, false]]],
    // A place an envoy is sent to is part of the title.
    [
      'US Ambassador to Malaysia Edgard Kagan attended.',
      [['person', 'Edgard Kagan', 'Ambassador to Malaysia', 'United States', false]],
    ],
    [
      'US Special Envoy for Africa Massad Boulos attended.',
      [['person', 'Massad Boulos', 'Special Envoy for Africa', 'United States', false]],
    ],
    // So with a comma before the holder's name (The News, Pakistan, 2022), or with no name at all (Reuters, 2023); not
    // a comma that goes on listing states, whom the envoys speak for (Al Bawaba, 2023).
    [
      'Pakistan’s newly appointed ambassador to Washington, Masood Khan, met Biden.',
      [
        ['person', 'Masood Khan', 'newly appointed ambassador to Washington', 'Pakistan', false],
        ['name-candidate', 'Biden', null, null, false],
      ],
    ],
    [
      'China’s ambassador to Washington has protested remarks Biden made.',
      [
        ['description', 'ambassador', 'ambassador to Washington', 'China', false],
        ['name-candidate', 'Biden', null, null, false],
      ],
    ],
    // Nor a comma before a second title, which opens a mention of its own (Pakistan's foreign office, 2025).
    [
      'Special Representative for Afghanistan, Ambassador Mohammad Sadiq, attended.',
      [
        ['name', 'Afghanistan', null, null, false],
        ['person', 'Mohammad Sadiq', 'Ambassador', null, false],
      ],
    ],
    [
      'U.N. ambassadors for the United States, United Kingdom and Switzerland condemned Russia’s invasion.',
      [
        ['name', 'United Nations', null, null, false],
        ['name', 'United States', null, null, false],
        ['name', 'United Kingdom', null, null, false],
        ['name', 'Switzerland', null, null, false],
        ['name', 'Russia', null, null, false],
      ],
    ],
    // A title of a state or organisation, a comma, the name.
    [
      'The King received the Secretary General of the United Nations, Antonio Guterres, in his office.',
      [
        ['description', 'king', 'King', null, false],
        ['person', 'Antonio Guterres', 'Secretary General', 'United Nations', false],
      ],
    ],
    [
      'The leaders of Mali, Burkina Faso and Niger met.',
      [
        ['name', 'Mali', null, null, false],
        ['name', 'Burkina Faso', null, null, false],
        ['name', 'Niger', null, null, false],
      ],
    ],
    // A region is no office: "of the East African nation" ends the title, and the name comes after the comma.
    [
      'He welcomed the leader of the East African nation, William Ruto, to the White House.',
      [
        ['person', 'William Ruto', 'leader', null, false],
        ['seat', 'United States', null, null, false],
      ],
    ],
    [
      'The president of the Central Asian republic, Shavkat Mirziyoyev, arrived.',
      [['person', 'Shavkat Mirziyoyev', 'president', null, false]],
    ],
    // (Not a company or a group: only a state described by its noun.)
    [
      'The head of the energy giant, Saudi Aramco, spoke.',
      [
        ['name', 'Saudi Arabia', null, null, false],
        ['name-candidate', 'Aramco', null, null, false],
      ],
    ],
    // An Arabic article in lower case opens a known name.
    [
      'They degraded ISIS and al-Shabaab, and al Qaeda too.',
      [
        ['name', 'Islamic State', null, null, false],
        ['name', 'al-Shabaab', null, null, false],
        ['name', 'al-Qaeda', null, null, false],
      ],
    ],
    // Armed groups and movements by name or acronym (before: people's names, or nothing).
    [
      'Fatah and Hamas should act in unity, as should the SPLM-IO, the FDLR and Lashkar-e-Taiba.',
      [
        ['name', 'Fatah', null, null, false],
        ['name', 'Hamas', null, null, false],
        ['name', 'Sudan People’s Liberation Movement-in-Opposition', null, null, false],
        ['name', 'Democratic Forces for the Liberation of Rwanda', null, null, false],
        ['name', 'Lashkar-e-Taiba', null, null, false],
      ],
    ],
    // A state's name as a given name, right after a title.
    [
      'Israeli Foreign Minister Israel Katz summoned him.',
      [['person', 'Israel Katz', 'Foreign Minister', 'Israel', false]],
    ],
    ['Acting Secretary Chad Wolf spoke.', [['person', 'Chad Wolf', 'Acting Secretary', null, false]]],
    // (Not a state after a title and a comma, nor one before a place.)
    [
      'He met the Foreign Minister, Israel said.',
      [
        ['description', 'minister', 'Foreign Minister', null, false],
        ['name', 'Israel', null, null, false],
      ],
    ],
    // A state's combining form before a hyphen and another state is its adjective (IANS 2025, Moscow Times 2021); before
    // no state it is no state ("Indo-Pacific" is a region).
    [
      'The Indo-French joint military exercise commenced on Thursday.',
      [
        ['adjective', 'India', null, null, false],
        ['adjective', 'France', null, null, false],
      ],
    ],
    [
      'Xi said close Sino-Russian cooperation brings positive energy.',
      [
        ['name-candidate', 'Xi', null, null, false],
        ['adjective', 'China', null, null, false],
        ['adjective', 'Russia', null, null, false],
      ],
    ],
    [
      'India and Japan discussed the Indo-Pacific strategy.',
      [
        ['name', 'India', null, null, false],
        ['name', 'Japan', null, null, false],
        ['name-candidate', 'Indo-Pacific', null, null, false],
      ],
    ],
    // "Royal" opens a monarchy's service, the state's (livemint 2022, c7f.navy.mil 2025), even with an acronym; a person
    // named Royal stays one.
    [
      'Indian and Royal Australian Navies concluded the maritime partnership exercise.',
      [
        ['members', 'India', null, null, false],
        ['members', 'Australia', null, null, false],
      ],
    ],
    [
      'The Royal Thai Navy (RTN) and the US Navy held a joint exercise.',
      [
        ['name', 'Thailand', null, null, false],
        ['name-candidate', 'RTN', null, null, false],
        ['name', 'United States', null, null, false],
      ],
    ],
    [
      'The Indian Air Force (IAF) took part.',
      [
        ['members', 'India', null, null, false],
        ['name-candidate', 'IAF', null, null, false],
      ],
    ],
    ['Segolene Royal spoke on Monday.', [['name-candidate', 'Segolene Royal', null, null, false]]],
    // A ministry named by its portfolio acts for its state.
    ['The Brazilian foreign ministry condemned it.', [['members', 'Brazil', null, null, false]]],
    // A state's own forces or government after its possessive act as the state; they are no person's name.
    [
      'Pakistan’s Air Force and Russia’s military were named.',
      [
        ['name', 'Pakistan', null, null, false],
        ['name', 'Russia', null, null, false],
      ],
    ],
    [
      'Ukraine’s Minister for Foreign Affairs Dmytro Kuleba spoke.',
      [['person', 'Dmytro Kuleba', 'Minister for Foreign Affairs', 'Ukraine', false]],
    ],
    // Clergy titles; an institution's name is no person's.
    [
      'Papal envoy Cardinal Matteo Zuppi met the head of the Russian Orthodox Church, Patriarch Kirill.',
      [
        ['name-candidate', 'Papal', null, null, false],
        ['person', 'Matteo Zuppi', 'envoy Cardinal', null, false],
        ['adjective', 'Russia', null, null, false],
        // ("Orthodox Church": an institution's name is no person's, personNames.ts.)
        ['person', 'Kirill', 'Patriarch', null, false],
      ],
    ],
    // A title in a state's capital, set off by a comma, then the name.
    [
      'Narendra Modi and his counterpart in Kathmandu, K P Sharma Oli, spoke.',
      [
        ['name-candidate', 'Narendra Modi', null, null, false],
        ['person', 'K P Sharma Oli', 'counterpart', 'Nepal', false],
      ],
    ],
    ['Chinese Coast Guard vessels were named.', [['members', 'China', null, null, false]]],
    // What a state's forces act through; weapons, which are sold and supplied, stay the state's adjective.
    [
      'Israeli warplanes and Russian soldiers were named, and Iranian drones.',
      [
        ['members', 'Israel', null, null, false],
        ['members', 'Russia', null, null, false],
        ['adjective', 'Iran', null, null, false],
      ],
    ],
    // An acronym's possessive is still the acronym.
    ['They discussed the EU’s sanctions.', [['name', 'European Union', null, null, false]]],
    // A treaty's acronym is no actor.
    [
      'Japan and India signed five Memoranda of Understanding (MoUs).',
      [
        ['name', 'Japan', null, null, false],
        ['name', 'India', null, null, false],
        ['name-candidate', 'Memoranda', null, null, false],
        // (A bracket parts two names.)
        ['name-candidate', 'Understanding', null, null, false],
        ['name-candidate', 'MoUs', null, null, false],
      ],
    ],
  ];
  it.each(rows)('%s', (text, expected) => expect(mentionsOf(text)).toEqual(expected));

  it('turns a leader’s administration into a government mention beside the person', () => {
    const ms = findMentions(splitSentences('Russia agreed to assist US President Donald Trump’s administration.'));
    expect(ms.map((m) => [m.form, m.surface])).toEqual([
      ['name', 'Russia'],
      ['person', 'US President Donald Trump'],
      ['government', 'US President Donald Trump’s administration'],
    ]);
  });
});
