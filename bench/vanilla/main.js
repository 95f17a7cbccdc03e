// The vanilla baseline: the app's product-card markup built from a cloned <template>, with
// direct node references for updates (the js-framework-benchmark vanillajs approach).
import { buildData } from '../rows/data.js';

const list = document.getElementById('rows');
const tpl = document.createElement('template');
tpl.innerHTML =
  '<li><article class="card product-card"><a class="product-card__link" href="">' +
  '<svg class="product-image" viewBox="0 0 200 200" aria-hidden="true">' +
  '<rect width="200" height="200" fill=""></rect>' +
  '<ellipse cx="100" cy="172" rx="62" ry="9" fill="" opacity="0.12"></ellipse>' +
  '<g transform="">' +
  '<circle cx="100" cy="100" r="52" fill="none" stroke="" stroke-width="18" stroke-dasharray="14 10"></circle>' +
  '<circle cx="100" cy="100" r="38" fill=""></circle>' +
  '<circle cx="100" cy="100" r="14" fill=""></circle>' +
  '</g></svg>' +
  '<h3 class="product-card__name" lang="en" dir="auto"> </h3></a>' +
  '<p class="product-card__price"><bdi class="price price--large" data-currency="USD" data-minor=""> </bdi> ' +
  '<span class="product-card__per"> </span></p>' +
  '<p class="product-card__moq"> </p><p class="product-card__lead"> </p>' +
  '<p class="product-card__supplier"><bdi class="product-card__supplier-name"> </bdi> · <span> </span></p>' +
  '<ul class="chips" aria-label="Certifications"></ul></article></li>';
const proto = tpl.content.firstChild;
const badgeProto = document.createElement('span');
badgeProto.className = 'badge badge--verified';
badgeProto.textContent = 'Verified';
const chipProto = document.createElement('li');
chipProto.className = 'chip';

let rows = [];

function createRow(d) {
  const li = proto.cloneNode(true);
  const article = li.firstChild;
  const link = article.firstChild;
  link.setAttribute('href', `/product/${d.id}`);
  const svg = link.firstChild;
  const h = d.hue;
  const dark = `hsl(${h} 50% 28%)`;
  const rect = svg.firstChild;
  rect.setAttribute('fill', `hsl(${h} 45% 93%)`);
  const ellipse = rect.nextSibling;
  ellipse.setAttribute('fill', dark);
  const c1 = ellipse.nextSibling.firstChild;
  c1.setAttribute('stroke', dark);
  const c2 = c1.nextSibling;
  c2.setAttribute('fill', `hsl(${h} 55% 45%)`);
  c2.nextSibling.setAttribute('fill', `hsl(${h} 60% 75%)`);
  const name = svg.nextSibling.firstChild;
  name.nodeValue = d.name;
  const price = link.nextSibling;
  const bdi = price.firstChild;
  bdi.setAttribute('data-minor', d.minor);
  bdi.firstChild.nodeValue = d.price;
  bdi.nextSibling.nextSibling.firstChild.nodeValue = d.per;
  const moq = price.nextSibling;
  moq.firstChild.nodeValue = d.moq;
  const lead = moq.nextSibling;
  lead.firstChild.nodeValue = d.lead;
  const sup = lead.nextSibling;
  sup.firstChild.firstChild.nodeValue = d.supplier;
  sup.lastChild.firstChild.nodeValue = d.country;
  if (d.verified) sup.appendChild(badgeProto.cloneNode(true));
  const chips = sup.nextSibling;
  for (const c of d.certs) {
    const chip = chipProto.cloneNode(false);
    chip.textContent = c;
    chips.appendChild(chip);
  }
  return { data: d, el: li, name };
}

function clear() {
  rows = [];
  list.textContent = '';
}

function run(n) {
  clear();
  const data = buildData(n);
  const frag = document.createDocumentFragment();
  rows = data.map((d) => {
    const r = createRow(d);
    frag.appendChild(r.el);
    return r;
  });
  list.appendChild(frag);
}

function update() {
  for (let i = 0; i < rows.length; i += 10) {
    const r = rows[i];
    r.data.name += ' !!!';
    r.name.nodeValue = r.data.name;
  }
}

function swap() {
  if (rows.length <= 998) return;
  const a = rows[1], b = rows[998];
  const afterB = b.el.nextSibling;
  list.insertBefore(b.el, a.el);
  list.insertBefore(a.el, afterB);
  rows[1] = b;
  rows[998] = a;
}

document.getElementById('run').addEventListener('click', () => run(1000));
document.getElementById('runlots').addEventListener('click', () => run(10000));
document.getElementById('update').addEventListener('click', update);
document.getElementById('swaprows').addEventListener('click', swap);
document.getElementById('clear').addEventListener('click', clear);
