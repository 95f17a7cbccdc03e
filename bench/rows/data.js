// Row data for the catalog-row benchmark, shared by the vanilla and React pages. The Leptos
// page (bench/leptos-rows/src/main.rs) ports the same generator: same seed, same words,
// same formatting, so all three render identical text.
const ADJ = ['Compact', 'Industrial', 'Heavy-Duty', 'Portable', 'Smart', 'Eco', 'Premium', 'Stainless',
  'Wireless', 'Foldable', 'Waterproof', 'Automatic'];
const NOUN = ['Diesel Generator Set', 'LED Panel Light', 'Cotton Tote Bag', 'Office Chair', 'Socket Wrench Set',
  'Brake Pad Kit', 'Yoga Mat', 'Kraft Paper Box', 'Face Serum', 'Bluetooth Speaker', 'Ceramic Mug', 'Steel Shelf'];
const SUPPLIER = ['Jinda (Foshan) Machine Tool Technology Co., Ltd.', 'Anatolia Tekstil A.S.',
  'Nordhaus Beleuchtung GmbH', 'Saigon Packaging JSC', 'Pune Auto Components Pvt. Ltd.',
  'Monterrey Muebles S.A. de C.V.', 'Hanseatic Werkzeug GmbH', 'Shenzhen Brightway Electronics Co., Ltd.'];
const COUNTRY = ['China', 'Türkiye', 'Germany', 'Vietnam', 'India', 'Mexico', 'Germany', 'China'];
const UNIT = ['piece', 'set', 'box', 'pair', 'roll', 'kg'];
const UNITS = ['pieces', 'sets', 'boxes', 'pairs', 'rolls', 'kg'];
const MOQ = [1, 10, 50, 100, 500, 1000];
const CERT = ['CE', 'ISO9001', 'RoHS', 'FCC'];

let seed = 0x2026;
let nextId = 1;

function rand() {
  let x = seed;
  x ^= x << 13; x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5; x >>>= 0;
  seed = x;
  return x;
}

/** "$19,347.00" from minor units (USD, en). */
export function formatUsd(minor) {
  const major = Math.floor(minor / 100);
  const cents = minor % 100;
  let s = String(major);
  let out = '';
  while (s.length > 3) { out = ',' + s.slice(-3) + out; s = s.slice(0, -3); }
  return '$' + s + out + '.' + (cents < 10 ? '0' : '') + cents;
}

/** `count` new rows (fresh ids, so a keyed list replaces every row). */
export function buildData(count) {
  const rows = new Array(count);
  for (let i = 0; i < count; i++) {
    const a = rand(), b = rand(), c = rand();
    const unit = (b >>> 3) % 6;
    const moq = MOQ[c % 6];
    const minor = 100 + ((b >>> 9) % 2000000);
    const sup = (c >>> 10) % 8;
    const certCount = (c >>> 18) % 4;
    const certStart = (c >>> 20) % 4;
    const certs = [];
    for (let k = 0; k < certCount; k++) certs.push(CERT[(certStart + k) % 4]);
    rows[i] = {
      id: nextId++,
      name: `${ADJ[a % 12]} ${NOUN[(a >>> 8) % 12]} ${10 + ((a >>> 16) % 990)} W`,
      hue: b % 360,
      minor,
      price: formatUsd(minor),
      per: `per ${UNIT[unit]}`,
      moq: `Min. order: ${moq} ${moq === 1 ? UNIT[unit] : UNITS[unit]}`,
      lead: `Ships in ${5 + ((c >>> 4) % 56)} days`,
      supplier: SUPPLIER[sup],
      country: COUNTRY[sup],
      verified: (c >>> 14) % 3 !== 0,
      certs,
    };
  }
  return rows;
}
