// Stands in for Office.js (served at Microsoft's CDN address by the test's route) so Chromium can play an
// Outlook client. What the client supports comes from window.__fakeOutlook, set by the test's init script:
// { supports: ["DialogApi 1.1", ...], user: { emailAddress, displayName, accountType } }. Its dialog is a
// real window (window.open) on the page the pane asks for; messageParent hands the message to the pane as
// Office does, and closing the window raises 12006 as Office does.
(function () {
  const config = window.__fakeOutlook || {};
  const supported = new Set(config.supports || []);
  const ok = (value) => ({ status: "succeeded", value });
  const EventType = {
    ItemChanged: "olkItemSelectedChanged",
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  };
  window.__fakeOutlookDialogsOpened = 0;

  function displayDialogAsync(url, _options, callback) {
    const opened = window.open(url, "_blank", "popup,width=480,height=640");
    if (!opened) {
      callback({ status: "failed", error: { code: 12011, message: "The browser blocked the dialog." } });
      return;
    }
    window.__fakeOutlookDialogsOpened += 1;
    const handlers = {};
    const watch = setInterval(() => {
      if (!opened.closed) return;
      clearInterval(watch);
      if (handlers[EventType.DialogEventReceived]) handlers[EventType.DialogEventReceived]({ error: 12006 });
    }, 100);
    window.__fakeOutlookDeliver = (message) => {
      if (handlers[EventType.DialogMessageReceived]) handlers[EventType.DialogMessageReceived]({ message, origin: location.origin });
    };
    callback(ok({
      addEventHandler: (type, handler) => { handlers[type] = handler; },
      close: () => { clearInterval(watch); opened.close(); },
      messageChild: () => {},
    }));
  }

  window.Office = {
    HostType: { Outlook: "Outlook" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType,
    MailboxEnums: { ItemType: { Appointment: "appointment", Message: "message" }, RestVersion: { v2_0: "v2.0" } },
    onReady: () => Promise.resolve({ host: "Outlook", platform: "PC" }),
    context: {
      requirements: { isSetSupported: (set, version) => supported.has(`${set} ${version || "1.1"}`) },
      diagnostics: { platform: "PC", version: "16.0.10417.20000" },
      mailbox: {
        item: null,
        userProfile: config.user || {},
        addHandlerAsync: (_type, _handler, callback) => { if (callback) callback(ok()); },
        convertToRestId: (id) => id,
      },
      ui: {
        displayDialogAsync,
        messageParent: (message) => window.opener.__fakeOutlookDeliver(message),
      },
    },
  };
})();
