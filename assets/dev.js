// td-integration dev: the page's script. Steps post JSON to the server, which answers with the page's
// parts; a part is swapped only when its hash changed, keeping what the person typed where the
// server's default for that box did not change. Server-sent events say when the files changed.

const live = () => document.getElementById("live");

function say(text) {
  const region = live();
  if (region) region.textContent = text;
}

function remember(element) {
  const kept = new Map();
  for (const box of element.querySelectorAll("input, textarea, select")) {
    if (!box.id) continue;
    const edited = box.tagName === "SELECT" ? box.selectedIndex !== defaultIndex(box) : box.value !== box.defaultValue;
    if (edited) kept.set(box.id, { value: box.value, initial: initialOf(box) });
  }
  return kept;
}

function defaultIndex(select) {
  const index = [...select.options].findIndex((option) => option.defaultSelected);
  return index === -1 ? 0 : index;
}

function initialOf(box) {
  return box.tagName === "SELECT" ? (box.options[defaultIndex(box)]?.value ?? "") : box.defaultValue;
}

function restore(element, kept) {
  for (const [id, { value, initial }] of kept) {
    const box = element.querySelector(`#${CSS.escape(id)}`);
    if (box && initialOf(box) === initial) box.value = value;
  }
}

function apply(sections) {
  const focused = document.activeElement?.id;
  for (const [id, html] of Object.entries(sections)) {
    const current = document.getElementById(id);
    if (!current) continue;
    const template = document.createElement("template");
    template.innerHTML = html;
    const next = template.content.firstElementChild;
    if (!next || next.dataset.hash === current.dataset.hash) continue;
    const kept = remember(current);
    current.replaceWith(next);
    restore(next, kept);
    wire(next);
  }
  if (focused && document.activeElement === document.body) document.getElementById(focused)?.focus();
  updateFormats(document);
}

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`${response.status} ${(await response.text()).trim()}`);
  apply(await response.json());
}

async function step(control, path, body, busyText) {
  control.setAttribute("aria-busy", "true");
  if ("disabled" in control) control.disabled = true;
  say(busyText);
  try {
    await post(path, body);
    say("Done.");
  } catch (error) {
    say(`Failed: ${error.message}`);
  } finally {
    control.removeAttribute("aria-busy");
    if ("disabled" in control) control.disabled = false;
  }
}

function formFields(form) {
  const fields = {};
  for (const box of form.querySelectorAll("input, textarea, select")) {
    if (box.name) fields[box.name] = box.value;
  }
  return fields;
}

function updateFormats(root) {
  for (const output of root.querySelectorAll("output[data-template]")) {
    const form = output.closest("form");
    output.textContent = output.dataset.template.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (whole, name) => {
      const box = form?.querySelector(`[name="${CSS.escape(name)}"]`);
      return box && box.value !== "" ? box.value : whole;
    });
  }
}

function wire(root) {
  for (const form of root.querySelectorAll("form[data-post]")) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      const button = form.querySelector("button[type=submit]") ?? form;
      const body = { fields: formFields(form) };
      if (form.dataset.action !== undefined) body.action = form.dataset.action;
      step(button, form.dataset.post, body, "Sending…");
    });
    form.addEventListener("input", () => updateFormats(form));
  }
  for (const button of root.querySelectorAll("button[data-post]")) {
    button.addEventListener("click", () => {
      const body = button.dataset.id !== undefined ? { id: button.dataset.id } : {};
      step(button, button.dataset.post, body, "Sending…");
    });
  }
}

async function refresh() {
  const response = await fetch("/sections", { credentials: "same-origin" });
  if (response.ok) apply(await response.json());
}

wire(document);
updateFormats(document);
const events = new EventSource("/events");
events.addEventListener("update", () => {
  refresh().then(
    () => say("Updated from the files."),
    () => say("Could not update the page."),
  );
});
