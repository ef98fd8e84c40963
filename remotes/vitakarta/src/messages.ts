import { defineMessages } from '@czp/remote-sdk';

export const messages = defineMessages({
  cs: {
    title: 'Na jaké výhody můžete mít nárok',
    lead: 'Věk doplníme podle vašeho data narození v registru obyvatel a zdravotní pojišťovnu ze zdravotní dokumentace; obojí můžete opravit. Odpovězte na zbylé otázky a ukážeme vám slevy a výhody, které vám mohou náležet, a kde o ně požádat.',
    age: 'Věk (v celých letech)',
    ageLoading: 'Načítáme vaše datum narození z registru obyvatel…',
    ageFromRegister: 'Ze základního registru obyvatel (datum narození {date}). Věk můžete upravit.',
    insurer: 'Zdravotní pojišťovna (nepovinné)',
    insurerShort: 'Zdravotní pojišťovna',
    insurerUnknown: 'Neuvádím',
    insurerLoading: 'Načítáme vaši zdravotní pojišťovnu ze zdravotní dokumentace…',
    insurerFromRegister: 'Ze zdravotní dokumentace (eZdraví).',
    notAddedTitle: 'Vitakarta zatím nemůže číst vaše údaje z registrů',
    notAddedText:
      'Přidejte si Vitakartu mezi své služby, aby mohla číst vaše datum narození z registru obyvatel a zdravotní pojišťovnu ze zdravotní dokumentace. Do té doby je vyplňte sami.',
    notAddedLink: 'Vitakarta v katalogu služeb',
    residentsRefused: 'Datum narození z registru obyvatel nám portál nevydal. Vyplňte prosím věk sami.',
    healthRefused: 'Zdravotní pojišťovnu ze zdravotní dokumentace nám portál nevydal. Můžete ji vybrat sami.',
    residentsFailed:
      'Registr obyvatel teď neodpovídá, vaše datum narození jsme nenačetli. Vyplňte věk sami, nebo to zkuste znovu.',
    healthFailed:
      'Zdravotní dokumentace teď neodpovídá, vaši zdravotní pojišťovnu jsme nenačetli. Vyberte ji sami, nebo to zkuste znovu.',
    residentsRetry: 'Načíst datum narození znovu',
    healthRetry: 'Načíst zdravotní pojišťovnu znovu',
    card: 'Průkaz osoby se zdravotním postižením',
    cardNone: 'Nemám',
    cardTp: 'TP',
    cardZtp: 'ZTP',
    cardZtpp: 'ZTP/P',
    pension: 'Pobíráte starobní nebo invalidní důchod?',
    yes: 'Ano',
    no: 'Ne',
    check: 'Zjistit výhody',
    errorSummary: 'Opravte prosím tyto údaje',
    ageShort: 'Věk',
    pensionShort: 'Důchod',
    errorRequired: 'Vyplňte prosím tento údaj.',
    errorWhole: 'Zadejte věk celým číslem, například 67.',
    errorRange: 'Věk musí být od 0 do {max} let.',
    errorChoice: 'Vyberte prosím jednu z možností.',
    errorPensionRequired: 'Vyberte prosím, zda pobíráte důchod.',
    resultTitle: 'Výhody, na které můžete mít nárok: {count}',
    none: 'Podle zadaných údajů jsme nenašli žádnou výhodu. Pro jistotu se obraťte na kontaktní pracoviště Úřadu práce ČR.',
    disclaimer: 'Přehled je orientační. O každé výhodě rozhoduje úřad nebo dopravce, který ji poskytuje.',
    childFreeTravelTitle: 'Cestování zdarma pro děti do 6 let',
    childFreeTravelText: 'Děti do 6 let cestují vlakem, autobusem i městskou dopravou zdarma.',
    youthDiscountTitle: 'Sleva na jízdné pro děti, mladé a studenty',
    youthDiscountText:
      'Děti od 6 do 18 let a studenti do 26 let mají slevu 50 % na jízdné ve vlacích a dálkových autobusech.',
    seniorDiscountTitle: 'Sleva na jízdné od 65 let',
    seniorDiscountText:
      'Od 65 let máte slevu 50 % na jízdné ve vlacích a dálkových autobusech. Stačí prokázat věk dokladem.',
    freeTransport70Title: 'Veřejná doprava zdarma od 70 let',
    freeTransport70Text:
      'V mnoha krajích a městech cestují lidé od 70 let v integrované veřejné dopravě zdarma. Podmínky určuje váš kraj.',
    pensionerDiscountsTitle: 'Slevy pro důchodce',
    pensionerDiscountsText:
      'Mnoho obcí snižuje důchodcům místní poplatky (například ze psů) a vydává seniorské karty se slevami.',
    preventionFundTitle: 'Příspěvky zdravotní pojišťovny na prevenci',
    preventionFundText:
      'Vaše zdravotní pojišťovna ({insurer}) přispívá svým pojištěncům z fondu prevence, například na očkování nehrazená z veřejného pojištění, dentální hygienu nebo pohybové aktivity. Podmínky a výši příspěvků najdete na jejích stránkách.',
    reservedSeatTitle: 'Vyhrazené místo k sezení a přednost',
    reservedSeatText:
      'S průkazem TP, ZTP i ZTP/P máte nárok na vyhrazené místo k sezení ve veřejné dopravě a přednost při jednání na úřadech.',
    disabilityTravelTitle: 'Sleva 75 % na jízdné a městská doprava zdarma',
    disabilityTravelText:
      'S průkazem ZTP nebo ZTP/P máte slevu 75 % ve vlacích a dálkových autobusech; ve většině měst jezdíte městskou dopravou zdarma.',
    companionFreeTitle: 'Průvodce cestuje zdarma',
    companionFreeText: 'S průkazem ZTP/P cestuje váš průvodce ve veřejné dopravě zdarma.',
    parkingCardTitle: 'Parkovací průkaz',
    parkingCardText:
      'Parkovací průkaz označení O1 vám umožní parkovat na vyhrazených místech. Vydává ho obecní úřad obce s rozšířenou působností.',
    motorwayExemptionTitle: 'Dálnice bez dálniční známky',
    motorwayExemptionText:
      'Vozidlo, které vás s průkazem ZTP nebo ZTP/P veze, je osvobozeno od dálničního poplatku. Vozidlo je třeba zaregistrovat.',
    mobilityAllowanceTitle: 'Příspěvek na mobilitu',
    mobilityAllowanceText: 'Měsíční příspěvek, pokud se opakovaně za úplatu dopravujete. Žádá se na Úřadu práce ČR.',
    tvRadioFeeTitle: 'Osvobození od rozhlasového a televizního poplatku',
    tvRadioFeeText:
      'Držitelé průkazu ZTP/P mohou být za stanovených podmínek osvobozeni od poplatků Českému rozhlasu a České televizi.',
    taxCreditTitle: 'Sleva na dani pro držitele ZTP/P',
    taxCreditText:
      'Máte-li zdanitelné příjmy, uplatněte si u zaměstnavatele nebo v daňovém přiznání slevu na dani pro držitele průkazu ZTP/P.',
  },
  en: {
    title: 'Which benefits you may be entitled to',
    lead: 'We fill in your age from your date of birth in the register of residents and your health insurer from the health documentation; you can correct both. Answer the other questions and we will show you the discounts and benefits you may be entitled to and where to apply for them.',
    age: 'Age (in whole years)',
    ageLoading: 'Reading your date of birth from the register of residents…',
    ageFromRegister: 'From the register of residents (date of birth {date}). You can change the age.',
    insurer: 'Health insurer (optional)',
    insurerShort: 'Health insurer',
    insurerUnknown: 'Not given',
    insurerLoading: 'Reading your health insurer from the health documentation…',
    insurerFromRegister: 'From the health documentation (eHealth).',
    notAddedTitle: 'Vitakarta cannot read your data from the registers yet',
    notAddedText:
      'Add Vitakarta to your services to let it read your date of birth from the register of residents and your health insurer from the health documentation. Until then, fill them in yourself.',
    notAddedLink: 'Vitakarta in the service catalogue',
    residentsRefused:
      'The portal did not give us your date of birth from the register of residents. Please fill in your age yourself.',
    healthRefused:
      'The portal did not give us your health insurer from the health documentation. You can choose it yourself.',
    residentsFailed:
      'The register of residents is not answering now, so we could not read your date of birth. Fill in your age yourself or try again.',
    healthFailed:
      'The health documentation is not answering now, so we could not read your health insurer. Choose it yourself or try again.',
    residentsRetry: 'Read the date of birth again',
    healthRetry: 'Read the health insurer again',
    card: 'Disability card',
    cardNone: 'I have none',
    cardTp: 'TP',
    cardZtp: 'ZTP',
    cardZtpp: 'ZTP/P',
    pension: 'Do you receive an old-age or disability pension?',
    yes: 'Yes',
    no: 'No',
    check: 'Find benefits',
    errorSummary: 'Please correct these answers',
    ageShort: 'Age',
    pensionShort: 'Pension',
    errorRequired: 'Please fill this in.',
    errorWhole: 'Enter your age as a whole number, for example 67.',
    errorRange: 'Age must be from 0 to {max} years.',
    errorChoice: 'Please choose one of the options.',
    errorPensionRequired: 'Please choose whether you receive a pension.',
    resultTitle: 'Benefits you may be entitled to: {count}',
    none: 'We found no benefit for the details you entered. To be sure, contact an office of the Labour Office of the Czech Republic.',
    disclaimer: 'The overview is indicative. Each benefit is decided by the office or carrier that provides it.',
    childFreeTravelTitle: 'Free travel for children under 6',
    childFreeTravelText: 'Children under 6 travel free by train, bus and urban public transport.',
    youthDiscountTitle: 'Fare discount for children, young people and students',
    youthDiscountText:
      'Children from 6 to 18 and students up to 26 get a 50% discount on train and long-distance coach fares.',
    seniorDiscountTitle: 'Fare discount from 65',
    seniorDiscountText:
      'From 65 you get a 50% discount on train and long-distance coach fares. Just prove your age with an ID.',
    freeTransport70Title: 'Free public transport from 70',
    freeTransport70Text:
      'In many regions and towns, people aged 70 and over travel free on integrated public transport. Your region sets the conditions.',
    pensionerDiscountsTitle: 'Discounts for pensioners',
    pensionerDiscountsText:
      'Many municipalities reduce local fees (such as the dog fee) for pensioners and issue senior cards with discounts.',
    preventionFundTitle: 'Prevention contributions from your health insurer',
    preventionFundText:
      'Your health insurer ({insurer}) contributes to its clients from its prevention fund, for example to vaccinations not covered by public insurance, dental hygiene or physical activities. See its website for the conditions and amounts.',
    reservedSeatTitle: 'Reserved seat and priority',
    reservedSeatText:
      'With a TP, ZTP or ZTP/P card you are entitled to a reserved seat on public transport and priority at offices.',
    disabilityTravelTitle: '75% fare discount and free urban transport',
    disabilityTravelText:
      'With a ZTP or ZTP/P card you get a 75% discount on trains and long-distance coaches; in most towns urban public transport is free.',
    companionFreeTitle: 'Your companion travels free',
    companionFreeText: 'With a ZTP/P card, your companion travels free on public transport.',
    parkingCardTitle: 'Parking card',
    parkingCardText:
      'The O1 parking card lets you park in reserved spaces. It is issued by the municipal office of a municipality with extended powers.',
    motorwayExemptionTitle: 'Motorways without a vignette',
    motorwayExemptionText:
      'A vehicle carrying you with a ZTP or ZTP/P card is exempt from the motorway fee. The vehicle must be registered.',
    mobilityAllowanceTitle: 'Mobility allowance',
    mobilityAllowanceText:
      'A monthly allowance if you repeatedly pay for transport. Apply at the Labour Office of the Czech Republic.',
    tvRadioFeeTitle: 'Exemption from the radio and television fees',
    tvRadioFeeText:
      'Holders of a ZTP/P card may, under set conditions, be exempt from the Czech Radio and Czech Television fees.',
    taxCreditTitle: 'Tax credit for ZTP/P holders',
    taxCreditText:
      'If you have taxable income, claim the tax credit for ZTP/P card holders with your employer or in your tax return.',
  },
});
